import groovy.json.JsonSlurper

def site = new File(basedir, 'target/policy')
def text = { String path -> new File(site, path).getText('UTF-8') }

// The banner's files are part of the site: vanilla-cookieconsent from the npm package, its licence, the config.
['assets/cookieconsent.umd.js', 'assets/cookieconsent.css', 'assets/cookieconsent-LICENSE.txt',
 'assets/cookieconsent-config.js'].each { assert new File(site, it).isFile() : it }
assert text('assets/cookieconsent-LICENSE.txt').contains('MIT License')

// Every page loads them from the site, never from elsewhere.
site.eachFileRecurse(groovy.io.FileType.FILES) { file ->
    if (file.name.endsWith('.html')) {
        def html = file.getText('UTF-8')
        assert html =~ /<script src="(\.\.\/)*assets\/cookieconsent\.umd\.js" defer><\/script>/ : file
        assert html =~ /<script src="(\.\.\/)*assets\/cookieconsent-config\.js" defer><\/script>/ : file
        assert !(html =~ /(src|href)="https?:\/\/[^"]*\.(js|css)"/) : file
    }
}

// The banner's categories and cookies are the cookie policy's.
def script = text('assets/cookieconsent-config.js')
def json = script.substring(script.indexOf('/* policyc:config */') + 20, script.indexOf('/* policyc:end */'))
def config = new JsonSlurper().parseText(json)
assert config.revision == 1
assert config.categories['strictly-necessary'] == [enabled: true, readOnly: true]
assert config.categories['security'] == [enabled: true, readOnly: true]
assert config.categories['analytics'].autoClear.cookies == [[pattern: '^_ga_.*$'], [name: '_gid']]
def banner = [:]
config.language.translations['en-GB'].preferencesModal.sections.findAll { it.linkedCategory }.each {
    banner[it.linkedCategory] = it.cookieTable.body.collect { row -> row.name }
}

def page = text('cookie-policy.html')
def policy = [:]
(page =~ /(?s)<h3 id="cookies-([a-z-]+)">.*?<tbody>(.*?)<\/tbody>/).each { match, category, body ->
    policy[category] = (body =~ /<th scope="row"><code>([^<]*)<\/code><\/th>/).collect { it[1] }
}
assert policy == ['strictly-necessary': ['session-id', 'cc_cookie'], 'analytics': ['_ga_*', '_gid'],
                  'marketing': ['_fbp'], 'security': ['__cf_bm']]
assert banner == policy

// The Open Cookie Database filled in what the inventory left out.
assert page.contains('ID used to identify users for 24 hours after last activity')
assert page.contains('Meta Platforms')
assert page.contains('data-cc="show-preferencesModal"')

// The HAR shows a cookie the inventory does not declare.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains("PC705 undeclared-cookie: cookie 'fr' (domain .facebook.com) is set or sent on https://www.example.test/")
assert !log.contains('PC704')
