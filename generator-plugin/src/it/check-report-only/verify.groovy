import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.any { it.contains('BUILD SUCCESS') }
assert log.contains("[ERROR] src/policy/policy.yaml:11:3: error PC201 contact-without-channel: contact 'hr' (HR) has no way to reach it (add an email, phone, url or address)")
// The SARIF file goes where it was asked for, relative to the project.
def sarif = new JsonSlurper().parse(new File(basedir, 'reports/policy.sarif'))
assert sarif.runs[0].results.any { it.ruleId == 'PC201' }
