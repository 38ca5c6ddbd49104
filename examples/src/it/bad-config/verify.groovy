// A mistyped rule id is a configuration error: one clear line naming the close id, no stack trace.
def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
check(log.contains("Migration Guard: Unknown rule id 'unused-supression': did you mean unused-suppression?"),
        'the log names the bad id and the close one')
check(log.contains('BUILD FAILURE'), 'the build failed')
check(!(log =~ /(?m)^\s+at [\w.$]+\(/), 'no stack trace in the log')
