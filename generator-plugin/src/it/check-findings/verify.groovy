import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').readLines('UTF-8')

// Each finding where it is, relative to the project, with its rule id, name and hint.
assert log.contains("[ERROR] src/policy/policy.yaml:11:3: error PC201 contact-without-channel: contact 'hr' (HR) has no way to reach it (add an email, phone, url or address)")
assert log.contains("[WARNING] src/policy/policy.yaml:18:5: warning PC403 empty-section: section 'later' (\"Later\") is empty (write its body or remove it)")
// A suppressed finding does not fail the build and is not logged at normal verbosity.
assert !log.any { it.contains('PC201') && it.contains("contact 'reception'") }
assert log.any { it.contains("The policy's checks found") && it.contains('failing at error (policyc.failOn).') }
assert !log.any { it ==~ /^\s+at [a-z].*/ }

// SARIF 2.1.0: the rules, the results at their lines, and the suppression with its reason.
def sarif = new JsonSlurper().parse(new File(basedir, 'target/policyc/findings.sarif'))
assert sarif.version == '2.1.0'
def run = sarif.runs[0]
assert run.tool.driver.name == 'policyc'
assert run.tool.driver.rules*.id.containsAll(['PC201', 'PC403'])
def hr = run.results.find { it.ruleId == 'PC201' && !it.suppressions }
assert hr.level == 'error'
// Paths are relative to the repository root, so that code scanning finds the file.
def root = basedir.canonicalFile
while (root != null && !new File(root, '.git').exists()) { root = root.parentFile }
def prefix = root == null ? '' : root.toPath().relativize(basedir.canonicalFile.toPath()).toString().replace('\\', '/') + '/'
assert hr.locations[0].physicalLocation.artifactLocation.uri == prefix + 'src/policy/policy.yaml'
assert hr.locations[0].physicalLocation.region.startLine == 11
def reception = run.results.find { it.ruleId == 'PC201' && it.suppressions }
assert reception.suppressions[0].justification == 'reception is reached in person at the front desk'
assert reception.locations[0].physicalLocation.region.startLine == 12

// The same findings as JSON.
def json = new JsonSlurper().parse(new File(basedir, 'target/policyc/findings.json'))
assert json.findings.any { it.ruleId == 'PC201' && it.line == 11 && it.column == 3 && it.severity == 'error' }
assert json.findings.any { it.ruleId == 'PC201' && it.suppressed == 'reception is reached in person at the front desk' }
assert json.summary.suppressed == 1
