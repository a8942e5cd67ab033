def log = new File(basedir, 'build.log').readLines('UTF-8')

// One line for the whole "billion laughs", at its first alias, relative to the project.
assert log.contains("[ERROR] src/policy/policy.yaml:10:10: YAML aliases ('*a') are not supported; write the value out (71 more aliases in this file)")
assert log.count { it.contains('YAML aliases') } == 1
assert log.any { it.contains('on project hostile-yaml: The policy model has 1 problem; nothing was written.') }

// A user's mistake, not a bug: no stack trace, and no exception class named.
assert !log.any { it ==~ /^\s+at [a-z].*/ }
assert !log.any { it.contains('Exception in thread') || it.contains('JsonProcessingException') || it.contains('YAMLException') }

// Nothing was written.
assert !new File(basedir, 'target/policy').exists()
