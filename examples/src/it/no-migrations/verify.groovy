// No migrations where the plugin looks: a warning that says where it looked, and the build passes.
def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
check(log.contains('[WARNING] Migration Guard: no migrations found in filesystem:src/main/resources/db/migration'),
        'the warning names the location')
check(log.contains('BUILD SUCCESS'), 'the build passed')
