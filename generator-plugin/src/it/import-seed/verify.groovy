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
    ['PC201', 138, 201, 'HR'], // "please speak with HR": the model has a contact 'hr' with no way to reach it
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

// Findings in the imported prose all point at the seed: every Markdown line the importer wrote is mapped.
assert !log.any { it =~ /src\/policy\/sections\/[^:]+:\d+:\d+: / } : 'a finding in a section was not mapped to the seed'
assert results.every { r -> !r.locations[0].physicalLocation.artifactLocation.uri.contains('src/policy/sections/') }
