// Without a project the defaults are src/policy/policy.yaml and target/policy in the current directory.
def site = new File(basedir, 'target/policy')
['.policyc', 'assets/policyc.css', 'cookie-policy.html', 'policy.json', 'privacy-policy.html'].each {
    assert new File(site, it).isFile() : "target/policy/$it is missing"
}
assert new File(site, 'privacy-policy.html').getText('UTF-8').contains('No Pom Ltd')

// No directory named after an unevaluated expression.
assert !new File(basedir, '${project.basedir}').exists()
assert !new File(basedir, '${project.build.directory}').exists()

def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains('[INFO] Wrote 4 files to target/policy')
