def log = new File(basedir, 'build.log').readLines('UTF-8')

// The mistake, where it is, relative to the project, on one line.
assert log.any { it.startsWith('[ERROR] src/templates/privacy-policy.ftlh:3:') && it.contains('organisaton') }

// A user's mistake, not a bug: no stack trace, and nothing written.
assert !log.any { it ==~ /^\s+at [a-z].*/ }
assert !log.any { it.contains('Exception in thread') }
assert !new File(basedir, 'target/policy').exists()
