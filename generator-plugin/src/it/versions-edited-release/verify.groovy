def log = new File(basedir, 'build.log').readLines('UTF-8')

// The problem, where it is and what to do, one line, as editors and CI systems link it.
assert log.contains('[ERROR] src/policy/history/2024.03.json:1:1: this version was changed after its release (its'
        + ' content no longer matches its contentHash); restore it, and make changes in a new version')
assert log.any { it.contains('on project versions-edited-release: The policy model has 1 problem; nothing was written.') }

// A user's mistake, not a bug: no stack trace.
assert !log.any { it ==~ /^\s+at [a-z].*/ }
assert !log.any { it.contains('Exception in thread') }

// Nothing was written: no site, nothing staged beside it, and the history is as it was.
def target = new File(basedir, 'target')
assert !new File(target, 'policy').exists()
assert !target.exists() || !target.list().any { it.startsWith('.policy') }
def history = new File(basedir, 'src/policy/history')
assert history.list() as List == ['2024.03.json']
assert new File(history, '2024.03.json').bytes == new File(itSourceDirectory, 'versions-edited-release/src/policy/history/2024.03.json').bytes
