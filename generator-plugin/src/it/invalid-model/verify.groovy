def log = new File(basedir, 'build.log').readLines('UTF-8')

// The problem, where it is, relative to the project.
assert log.contains("[ERROR] src/policy/policy.yaml:27:24: purpose 'events' names unknown category 'emial' (did you mean 'email'?)")
assert log.any { it.contains('on project invalid-model: The policy model has 1 problem; nothing was written.') }

// A user's mistake, not a bug: no stack trace.
assert !log.any { it ==~ /^\s+at [a-z].*/ }
assert !log.any { it.contains('Exception in thread') }

// The site published earlier is untouched, byte for byte, and nothing was staged beside it.
def tree = { File root ->
    def files = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) {
        files[root.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = it.bytes.encodeHex().toString()
    }
    files
}
def expected = tree(new File(itSourceDirectory, 'invalid-model/site-out'))
assert expected.keySet() == ['.policyc', 'assets/policyc.css', 'privacy-policy.html'] as Set
assert tree(new File(basedir, 'site-out')) == expected
assert new File(basedir, 'site-out/privacy-policy.html').getText('UTF-8').contains('The previous, published policy')
assert !basedir.list().any { it.startsWith('.site-out') }
