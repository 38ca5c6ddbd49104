// The build fails on the unsafe migrations, and both the log and report.json name each one's file and line.
import groovy.json.JsonSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'target/migration-guard/report.json')
check(reportFile.isFile(), 'report.json was written')
def report = new JsonSlurper().parse(reportFile)

def dir = 'src/main/resources/db/migration/'
def expected = [
    [rule: 'require-concurrent-index', file: dir + 'V2__add_index.sql', line: 2],
    [rule: 'add-check-constraint', file: dir + 'V3__constrain_status.sql', line: 2],
    [rule: 'drop-column', file: dir + 'V4__drop_legacy_code.sql', line: 2],
    [rule: 'unbatched-update', file: dir + 'V5__backfill_notes.sql', line: 3],
]
expected.each { e ->
    check(log =~ /(?m)^\[ERROR\] ${java.util.regex.Pattern.quote(e.file)}:${e.line}:\d+: error ${e.rule} \S/,
            "the log names ${e.file}:${e.line} with error ${e.rule}")
    check(report.findings.any { it.ruleId == e.rule && it.file == e.file && it.line == e.line && it.severity == 'error' },
            "report.json has ${e.rule} at ${e.file}:${e.line}")
}
check(!report.findings.any { it.file.endsWith('V1__create_orders.sql') && it.severity == 'error' },
        'creating a new table is not an error')
check(log =~ /Migration Guard: \d+ findings at or above error/, 'the failure says how many findings fail the build')
check(log.contains('BUILD FAILURE'), 'the build failed')
check(!(log =~ /(?m)^\s+at [\w.$]+\(/), 'no stack trace in the log')
