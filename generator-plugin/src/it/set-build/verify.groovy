// Each policy of the set is built into the directory of its name; the set has one marker.
def out = new File(basedir, 'out')
['north', 'south'].each { name ->
    ['privacy-policy.html', 'cookie-policy.html', 'policy.json', 'versions/index.html', 'assets/policyc.css'].each {
        assert new File(out, "$name/$it").isFile() : "out/$name/$it is missing"
    }
}
assert new File(out, '.policyc').isFile()
assert !new File(out, 'north/.policyc').exists()
assert new File(out, 'south/privacy-policy.html').getText('UTF-8').contains('South Side Cafe Ltd')
assert !new File(out, 'north/privacy-policy.html').getText('UTF-8').contains('South Side Cafe Ltd')

def log = new File(basedir, 'build.log').readLines('UTF-8')
def written = 0
out.eachFileRecurse(groovy.io.FileType.FILES) { if (it.name != '.policyc') written++ }
assert log.contains("[INFO] Wrote ${written} files of 2 policies to out".toString())
assert log.contains('[INFO] out is up to date: its inputs have not changed since it was built (-Dpolicyc.force builds it anyway)')
