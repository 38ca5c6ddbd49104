// The build fails on the unsafe migrations, and both the log and report.json name each one's file and line.
import groovy.json.JsonSlurper
import groovy.xml.XmlSlurper

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
// Every CI format, read back the way its consumer reads it.
def out = new File(basedir, 'target/migration-guard')
def sarif = new JsonSlurper().parse(new File(out, 'report.sarif'))
check(sarif.version == '2.1.0' && sarif.runs[0].tool.driver.rules.size() > 20, 'SARIF describes every rule')
expected.each { e ->
    check(sarif.runs[0].results.any { r -> r.ruleId == e.rule && r.level == 'error'
            && r.locations[0].physicalLocation.artifactLocation.uri == e.file
            && r.locations[0].physicalLocation.region.startLine == e.line && r.partialFingerprints }, "SARIF has ${e.rule}")
}
check(sarif.runs[0].results.find { it.ruleId == 'require-concurrent-index' }.fixes[0].artifactChanges[0]
        .replacements[0].insertedContent.text.contains('CONCURRENTLY'), 'SARIF carries the index fix as a replacement')
def junit = new XmlSlurper().parse(new File(out, 'TEST-migration-guard.xml'))
check(junit.testsuite.testcase.size() == 5, 'JUnit has a test case per migration')
check(junit.testsuite.testcase.find { it.@name == dir + 'V2__add_index.sql' }.failure.@type == 'require-concurrent-index',
        'JUnit fails the index migration')
def checkstyle = new XmlSlurper().parse(new File(out, 'checkstyle-result.xml'))
check(checkstyle.file.find { it.@name == dir + 'V4__drop_legacy_code.sql' }.error.any { it.@source == 'migration-guard.drop-column' },
        'Checkstyle has drop-column')
def gitlab = new JsonSlurper().parse(new File(out, 'gl-code-quality-report.json'))
check(gitlab.every { it.description && it.check_name && it.fingerprint && it.severity && it.location.path && it.location.lines.begin },
        'GitLab issues have every required member')
check(gitlab*.fingerprint.unique().size() == gitlab.size(), 'GitLab fingerprints are unique')
def md = new File(out, 'report.md').text
check(md.contains('# Migration Guard review') && md.contains('## Migration risks') && md.contains('## Data changes')
        && md.contains('```sql'), 'the Markdown review has its sections and SQL')

check(log =~ /Migration Guard: \d+ findings at or above error/, 'the failure says how many findings fail the build')
check(log.contains('BUILD FAILURE'), 'the build failed')
check(!(log =~ /(?m)^\s+at [\w.$]+\(/), 'no stack trace in the log')
