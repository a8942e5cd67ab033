// The goal ran in the default lifecycle and wrote the whole site to the default output directory.
def site = new File(basedir, 'target/policy')
def files = []
site.eachFileRecurse(groovy.io.FileType.FILES) { files << site.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
assert files.sort() == ['.policyc', 'assets/cookieconsent-LICENSE.txt', 'assets/cookieconsent-config.js',
                        'assets/cookieconsent.css', 'assets/cookieconsent.umd.js', 'assets/policyc.css', 'changes.html', 'changes.json', 'cookie-policy.html', 'feed.json',
                        'policy.json', 'privacy-policy.html', 'schema/policy-model.schema.json',
                        'schema/policy.schema.json', 'tilt.json', 'versions/2024.10/cookie-policy.html',
                        'versions/2024.10/policy.json', 'versions/2024.10/privacy-policy.html', 'versions/index.html']

def privacy = new File(site, 'privacy-policy.html').getText('UTF-8')
assert privacy.contains('Example Widgets Ltd')
assert privacy.contains('href="mailto:privacy@example.test"')
assert new File(site, 'cookie-policy.html').getText('UTF-8').contains('_ga')
assert new File(site, 'policy.json').getText('UTF-8').contains('"formatVersion": "1.0"')

def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains('[INFO] Wrote 18 files to target/policy')
assert log.contains('[INFO] Published version 2024.10, not released yet (policyc:release freezes it in src/policy/history)')
