def log = new File(basedir, 'build.log').readLines('UTF-8')

// The first import refused, saying which file is in the way and how to overwrite it, without a stack trace.
assert log.any { it.contains('on project standalone-pom: src/policy/policy.yaml already exists and policyc:import does not'
        + ' overwrite a model: import elsewhere with -Dpolicyc.import.output=<directory>, or overwrite it with'
        + ' -Dpolicyc.import.force=true') }
assert !log.any { it ==~ /^\s+at [a-z].*/ }

// The forced import replaced the model, and left the files it does not write alone.
def yaml = new File(basedir, 'src/policy/policy.yaml').getText('UTF-8')
assert yaml.startsWith('# Imported by policyc from published.html (HTML).')
assert yaml.contains('name: "Overwrite Test Limited"')
assert new File(basedir, 'src/policy/sections/who-we-are.md').isFile()
assert new File(basedir, 'src/policy/sections/notes.md').getText('UTF-8') == 'My notes, which no import touches.\n'
