def log = new File(basedir, 'build.log').readLines('UTF-8')
def model = new File(basedir, 'src/policy/policy.yaml').readLines('UTF-8')

// The problem points at the model's version, says what to do, then what differs (as the change detector sees it).
def line = model.findIndexOf { it.startsWith('  version: ') } + 1
def column = model[line - 1].indexOf('"') + 1
def prefix = "[ERROR] src/policy/policy.yaml:${line}:${column}: version 2024.03 is already released with different".toString() +
        ' content; bump the version (policy.version) to publish these changes. What differs: '
def errors = log.findAll { it.startsWith(prefix) }
assert errors.size() == 2 : "release and build both refuse: $errors"
assert errors.every { it.length() > prefix.length() } : 'what differs is named'
assert log.any { it.contains('on project versions-bump: The policy model has 1 problem; nothing was written.') }
assert !log.any { it ==~ /^\s+at [a-z].*/ }

// The released version is untouched, nothing else was released, and nothing was published.
def history = new File(basedir, 'src/policy/history')
assert history.list() as List == ['2024.03.json']
assert new File(history, '2024.03.json').bytes == new File(itSourceDirectory, 'versions-bump/src/policy/history/2024.03.json').bytes
assert !new File(basedir, 'target/policy').exists()
