def log = new File(basedir, 'build.log').readLines('UTF-8')
assert log.contains('[INFO] Skipping policyc:build (policyc.skip)')
assert !new File(basedir, 'target/policy').exists()
