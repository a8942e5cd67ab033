import groovy.json.JsonSlurper

// The seed is North West IT's published privacy policy as plain text: policyc:import turns it into a model,
// policyc:check reports the model's findings at the lines of the seed.
def seed = 'northwest-it-privacy-policy.txt'
def seedLines = new File(basedir, seed).readLines('UTF-8')
def model = new File(basedir, 'src/policy')
def log = new File(basedir, 'build.log').readLines('UTF-8')

// ---- The import ------------------------------------------------------------------------------------
assert log.contains('[INFO] Imported northwest-it-privacy-policy.txt (plain text): 14 sections, 4 contacts, 6 rights')
assert log.any { it.startsWith('[INFO] Wrote 16 files to src/policy: policy.yaml, 14 section files and policyc-sourcemap.json') }
assert log.contains('[WARNING] TODO policy.version: the text gives none')

def yaml = new File(model, 'policy.yaml').getText('UTF-8')
assert yaml.startsWith('# Imported by policyc from northwest-it-privacy-policy.txt (plain text).')
['dpo', 'marketing', 'it-security', 'hr'].each { assert yaml.contains("\n  $it:") : "contact $it" }
assert yaml.contains('email: "IT-security@northwest-it.co.uk"')
assert yaml.contains('companyNumber: "13396577"')
assert yaml.contains('effective: 2024-03-01 # the first day of the month')
assert yaml.contains('title: "Default title"')

def sections = new File(model, 'sections').list().sort()
assert sections.size() == 14
assert sections.contains('introduction.md') && sections.contains('default-title.md')
assert new File(model, 'sections/preamble.md').getText('UTF-8') == 'KITS Logo@4x.png\n\n×\n'

def sourceMap = new JsonSlurper().parse(new File(model, 'policyc-sourcemap.json'))
assert sourceMap.original == '../../northwest-it-privacy-policy.txt'

// ---- The check, its findings at the seed's lines -----------------------------------------------------
// At least these findings, each where the seed has the defect. More rules report more findings; add them
// here as [rule, line, column, the seed's text at that place].
def expected = [
    ['PC402', 1, 1, 'KITS Logo@4x.png'],          // a logo's file name pasted with the text
    ['PC402', 2, 1, '×'],                          // a dialog's close button pasted with the text
    ['PC303', 56, 44, 'the Terms and Conditions'], // a document that is neither generated nor linked
    ['PC302', 62, 238, '“Phone and Email Communication from North West IT”'], // a section title that does not exist
    ['PC303', 67, 145, 'our recruitment data policy'],
    ['PC102', 41, 1, 'If you’re not a current customer'],   // said three times: 41, 79, 143
    ['PC102', 93, 1, 'Suppose North West IT is acting'],    // said twice, the near-copy at 112 is PC103's
    ['PC103', 93, 1, 'Suppose North West IT is acting'],
    ['PC102', 95, 1, 'Suppose we receive requests'],
    ['PC102', 97, 1, 'Except as set out above'],
    ['PC102', 99, 1, 'Whenever we share personal data'],
    ['PC503', 106, 60, 'for as long as required'],  // retention without a period or criteria
    ['PC503', 108, 30, 'for as long as required'],
    ['PC202', 138, 190, 'speak with HR'],           // readers are sent to someone they cannot reach
    ['PC201', 138, 201, 'HR'],
    ['PC304', 160, 211, 'We use cookies'],          // a cookie policy referred to, but no cookie declared
    ['PC401', 176, 1, 'Default title'],             // a template's placeholder heading
    // What GDPR Art. 13 asks for and the policy does not say, about the policy as a whole.
    ['PC603', 1, 1, 'KITS'], ['PC607', 1, 1, 'KITS'], ['PC608', 1, 1, 'KITS'], ['PC610', 1, 1, 'KITS'],
]
// A group is reported once, at its first copy, with every other copy as a related place.
def related = [
    [41, 1]: [[79, 1], [143, 1]],
    [93, 1]: [[156, 1]],
]
def sarif = new JsonSlurper().parse(new File(basedir, 'target/policyc/findings.sarif'))
def results = sarif.runs[0].results
expected.each { rule, line, column, text ->
    assert seedLines[line - 1].substring(column - 1).startsWith(text) : "the seed has '$text' at $line:$column"
    assert log.any { it.contains("$seed:$line:$column: ") && it.contains(" $rule ") } : "$rule at $seed:$line:$column in build.log"
    assert results.any { r ->
        def region = r.locations[0].physicalLocation.region
        r.ruleId == rule && r.locations[0].physicalLocation.artifactLocation.uri.endsWith(seed) &&
                region.startLine == line && region.startColumn == column
    } : "$rule at $seed:$line:$column in findings.sarif"
}

related.each { first, others ->
    def group = results.find { r ->
        r.ruleId == 'PC102' && r.locations[0].physicalLocation.region.startLine == first[0]
    }
    assert group.relatedLocations.collect { [it.physicalLocation.region.startLine, it.physicalLocation.region.startColumn] } == others
}
assert results.findAll { it.ruleId == 'PC607' }.size() == 1 : 'only the right to restriction is missing'

// Findings in the imported prose all point at the seed: every Markdown line the importer wrote is mapped.
assert !log.any { it =~ /src\/policy\/sections\/[^:]+:\d+:\d+: / } : 'a finding in a section was not mapped to the seed'
assert results.every { r -> !r.locations[0].physicalLocation.artifactLocation.uri.contains('src/policy/sections/') }
