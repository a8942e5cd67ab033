// Without a project the defaults are src/policy/policy.yaml and target/policy in the current directory.
def site = new File(basedir, 'target/policy')
['.policyc', 'assets/policyc.css', 'cookie-policy.html', 'policy.json', 'privacy-policy.html', 'versions/index.html',
        'versions/1/privacy-policy.html', 'changes.html', 'feed.json'].each {
    assert new File(site, it).isFile() : "target/policy/$it is missing"
}
assert new File(site, 'privacy-policy.html').getText('UTF-8').contains('No Pom Ltd')

// No directory named after an unevaluated expression.
assert !new File(basedir, '${project.basedir}').exists()
assert !new File(basedir, '${project.build.directory}').exists()

def log = new File(basedir, 'build.log').readLines('UTF-8')
def written = 0
site.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name != '.policyc') written++ }
assert log.contains("[INFO] Wrote ${written} files to target/policy".toString())
assert log.contains('[INFO] Published version 1, not released yet (policyc:release freezes it in src/policy/history)')
