// The relative paths given on the command line are taken from the project's base directory.
def site = new File(basedir, 'out')
['.policyc', 'assets/policyc.css', 'cookie-policy.html', 'policy.json', 'privacy-policy.html'].each {
    assert new File(site, it).isFile() : "out/$it is missing"
}
assert !new File(basedir, 'target/policy').exists()

// The included Markdown file was found next to the model.
def privacy = new File(site, 'privacy-policy.html').getText('UTF-8')
assert privacy.contains('This text comes from a Markdown file next to the model.')
assert privacy.contains('href="mailto:office@cli.test"')

def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains('[INFO] Wrote 4 files to out')
