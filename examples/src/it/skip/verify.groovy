// -Dmigration-guard.skip=true: the build passes without looking at the (unsafe) migrations, and says so.
def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
check(log.contains('[INFO] Migration Guard: skipped'), 'the log says the check was skipped')
check(!new File(basedir, 'target/migration-guard/report.json').exists(), 'no report was written')
check(log.contains('BUILD SUCCESS'), 'the build passed')
