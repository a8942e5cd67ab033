def log = new File(basedir, 'build.log').readLines('UTF-8')
def docs = new File(basedir, 'docs')

assert log.any {
    it.contains("on project foreign-output-dir: refusing to replace ${docs.absolutePath}: it holds files that policyc"
            + " did not write; choose a new or empty output directory")
}
assert !log.any { it ==~ /^\s+at [a-z].*/ }
assert !log.any { it.contains('Exception in thread') }

// The directory's files are untouched, byte for byte, and nothing was staged beside it.
def tree = { File root ->
    def files = [:]
    root.eachFileRecurse(groovy.io.FileType.FILES) {
        files[root.toPath().relativize(it.toPath()).toString().replace('\\', '/')] = it.bytes.encodeHex().toString()
    }
    files
}
def expected = tree(new File(itSourceDirectory, 'foreign-output-dir/docs'))
assert expected.keySet() == ['guide/notes.txt', 'index.html'] as Set
assert tree(docs) == expected
assert !basedir.list().any { it.startsWith('.docs') }
