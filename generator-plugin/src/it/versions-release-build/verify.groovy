import groovy.json.JsonSlurper
import java.security.MessageDigest
import java.time.OffsetDateTime

def log = new File(basedir, 'build.log').readLines('UTF-8')
def history = new File(basedir, 'src/policy/history')
def site = new File(basedir, 'target/policy')
def base = 'https://example.test/privacy/'
def sha256 = { byte[] bytes -> MessageDigest.getInstance('SHA-256').digest(bytes).encodeHex().toString() }

// ---- Release -------------------------------------------------------------------------------------------
// The released file is the policy.json of 2024.03, and its content hash holds: any tool can check it.
assert history.list() as Set == ['2024.03.json'] as Set
def released = new File(history, '2024.03.json').getText('UTF-8')
def declared = (released =~ /(?m)^  "contentHash": "(sha256:[0-9a-f]{64})",\n/)[0][1]
def withoutHash = released.replaceFirst(/(?m)^  "contentHash": .*\n/, '')
assert declared == 'sha256:' + sha256(withoutHash.getBytes('UTF-8'))
assert log.contains("[INFO] Released version 2024.03 as src/policy/history/2024.03.json (${declared}). Commit it: builds publish it from there.".toString())
assert log.contains('[INFO] Version 2024.03 is already released as src/policy/history/2024.03.json with the same content; nothing to do.')

// ---- Build: both versions, in the agreed layout ----------------------------------------------------------
def files = []
site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
def expected = ['.policyc', 'assets/policyc.css', 'privacy-policy.html', 'cookie-policy.html', 'policy.json',
                'versions/index.html', 'changes.html', 'changes.json', 'feed.json', 'tilt.json',
                'schema/policy-model.schema.json', 'schema/policy.schema.json']
['2024.03', '2024.06'].each { v -> ['privacy-policy.html', 'cookie-policy.html', 'policy.json'].each { expected << "versions/$v/$it".toString() } }
assert files.sort() == expected.sort()
assert log.contains("[INFO] Wrote ${expected.size() - 1} files to target/policy".toString())
assert log.contains('[INFO] Published versions 2024.03 and 2024.06; 2024.06 is not released yet (policyc:release freezes it in src/policy/history)')

// The released version is published exactly as released; the current one also at the root.
assert new File(site, 'versions/2024.03/policy.json').bytes == new File(history, '2024.03.json').bytes
assert new File(site, 'policy.json').bytes == new File(site, 'versions/2024.06/policy.json').bytes

// The list of versions: newest first, with effective dates and content hashes.
def index = new File(site, 'versions/index.html').getText('UTF-8')
assert index.indexOf('>2024.06</a> (in force)') > 0
assert index.indexOf('>2024.06</a>') < index.indexOf('>2024.03</a>')
assert index.contains('<time datetime="2024-03-01">1 March 2024</time>')
assert index.contains("<code>${declared}</code>".toString())

// The change log: an anchor per version, newest first.
def changes = new File(site, 'changes.html').getText('UTF-8')
assert changes.indexOf('id="v2024.06"') > 0 && changes.indexOf('id="v2024.06"') < changes.indexOf('id="v2024.03"')
def changesJson = new JsonSlurper().parse(new File(site, 'changes.json'))
assert changesJson.formatVersion == '1.0'
assert changesJson.versions.size() == 1 && changesJson.versions[0].from == '2024.03' && changesJson.versions[0].to == '2024.06'

// Pages of a version link their neighbours and the site's shared files relative to their own directory.
def old = new File(site, 'versions/2024.03/privacy-policy.html').getText('UTF-8')
assert old.contains('<link rel="stylesheet" href="../../assets/policyc.css">')
assert old.contains('<a href="../2024.06/privacy-policy.html" rel="next">Next version: 2024.06</a>')
assert old.contains('This version is no longer in force.')
assert old.contains("<link rel=\"canonical\" href=\"${base}versions/2024.03/privacy-policy.html\">".toString())
assert old.contains("<link rel=\"alternate\" type=\"application/json\" href=\"${base}versions/2024.03/policy.json\"".toString())
assert new File(site, 'privacy-policy.html').getText('UTF-8').contains("<link rel=\"canonical\" href=\"${base}privacy-policy.html\">".toString())

// ---- The feed: JSON Feed 1.1 -------------------------------------------------------------------------------
def feedText = new File(site, 'feed.json').getText('UTF-8')
assert feedText.startsWith('{\n  "version": "https://jsonfeed.org/version/1.1",\n') : 'version comes first'
def feed = new JsonSlurper().parseText(feedText)
assert feed.title instanceof String && feed.items instanceof List
assert feed.home_page_url == base + 'versions/index.html' && feed.feed_url == base + 'feed.json'
assert feed.items*.id == ['policyc:acme:2024.06', 'policyc:acme:2024.03']
feed.items.each { item ->
    assert item.id instanceof String && !item.id.isBlank()
    assert item.content_text instanceof String || item.content_html instanceof String
    assert item.url.startsWith(base) && item._policyc.policy_json.startsWith(base)
    assert item.date_published ==~ /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})/
    OffsetDateTime.parse(item.date_published)
    assert item._policyc.material instanceof Boolean
    def path = item._policyc.policy_json.substring(base.length())
    assert item._policyc.content_hash == (new File(site, path).getText('UTF-8') =~ /"contentHash": "([^"]+)"/)[0][1]
    item.keySet().findAll { !(it in ['id', 'url', 'title', 'content_text', 'summary', 'date_published', 'language']) }
            .each { assert it ==~ /_[a-zA-Z][^.]*/ : "$it is an extension" }
}
assert feed.items[0].date_published == '2024-06-01T00:00:00Z'

// ---- An unchanged rebuild is byte-identical ---------------------------------------------------------------
def hashes = { File root ->
    def all = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) {
        all[root.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = sha256(it.bytes)
    }
    all
}
def first = hashes(site)
assert first.size() == expected.size()
assert hashes(new File(basedir, 'target/rebuild')) == first
