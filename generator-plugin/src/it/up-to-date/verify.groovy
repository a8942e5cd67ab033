// The invoker appends the log of each of the four builds to build.log.
def log = new File(basedir, 'build.log').readLines('UTF-8')
def wrote = log.findAll { it.startsWith('[INFO] Wrote ') && it.endsWith(' files to out') }
def skipped = log.findAll {
    it == '[INFO] out is up to date: its inputs have not changed since it was built (-Dpolicyc.force builds it anyway)'
}
assert wrote.size() == 3 : "expected builds 1, 3 and 4 to write, got: $wrote"
assert skipped.size() == 1 : "expected build 2 to be skipped, got: $skipped"
assert log.indexOf(skipped[0]) > log.indexOf(wrote[0]) && log.indexOf(skipped[0]) < log.lastIndexOf(wrote[1])

// The marker keeps the digest of the inputs and names them relative to the site.
def marker = new File(basedir, 'out/.policyc').getText('UTF-8')
assert marker =~ /(?m)^inputs sha256:[0-9a-f]{64}$/
assert marker.contains('file ../model/policy.yaml\n')
assert marker.contains('file ../model/sections/intro.md\n')
assert marker.contains('dir ../model/history\n')
assert !marker.contains(basedir.path)

// The third build's base URL is in the pages.
assert new File(basedir, 'out/privacy-policy.html').getText('UTF-8').contains('https://example.com/privacy/')
