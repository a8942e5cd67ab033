// The relative paths given on the command line are taken from the project's base directory.
def site = new File(basedir, 'out')
['.policyc', 'assets/policyc.css', 'cookie-policy.html', 'policy.json', 'privacy-policy.html', 'versions/index.html',
        'versions/1/privacy-policy.html', 'changes.html', 'feed.json'].each {
    assert new File(site, it).isFile() : "out/$it is missing"
}
assert !new File(basedir, 'target/policy').exists()

// The included Markdown file was found next to the model.
def privacy = new File(site, 'privacy-policy.html').getText('UTF-8')
assert privacy.contains('This text comes from a Markdown file next to the model.')
assert privacy.contains('href="mailto:office@cli.test"')

def log = new File(basedir, 'build.log').readLines('UTF-8')
def written = 0
site.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name != '.policyc') written++ }
assert log.contains("[INFO] Wrote ${written} files to out".toString())
assert log.contains('[INFO] Published version 1, not released yet (policyc:release freezes it in model/history)')
