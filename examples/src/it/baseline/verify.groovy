// migration-guard-baseline.json was written by the baseline goal before V3 was fixed and V4 added (and
// before V2 gained a comment line above its statement). Now: V2's accepted findings do not gate even
// though they moved, the new V4 fails the build, and V3's fixed findings are reported as stale entries.
import groovy.json.JsonSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/migration-guard/report.json'))
def dir = 'src/main/resources/db/migration/'

check(!report.findings.any { it.file == dir + 'V2__add_customer_index.sql' }, 'the accepted index build is not reported')
check(report.findings.any { it.ruleId == 'add-check-constraint' && it.file == dir + 'V4__constrain_status.sql' && it.severity == 'error' },
        'the new unsafe migration is reported as an error')
check(log =~ /(?m)^\[ERROR\] ${java.util.regex.Pattern.quote(dir)}V4__constrain_status\.sql:2:\d+: error add-check-constraint/,
        'the log names the new finding')
check(log =~ /Migration Guard baseline migration-guard-baseline\.json: 2 accepted findings not gating, 2 stale entries/,
        'the log counts accepted and stale entries')
check(log.contains('stale entry drop-column in ' + dir + 'V3__drop_legacy_code.sql:2'), 'the fixed drop-column is a stale entry')
check(log =~ /Migration Guard: 1 finding at or above error/, 'only the new finding fails the build')
check(log.contains('BUILD FAILURE'), 'the build failed')
