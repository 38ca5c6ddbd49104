// The service inherits the plugin and its configuration from the parent's pluginManagement:
// require-concurrent-index is reported as a warning (so the build passes) and lock-timeout is off.
import groovy.json.JsonSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
def reportFile = new File(basedir, 'orders-service/target/migration-guard/report.json')
check(reportFile.isFile(), 'the service ran the check')
check(!new File(basedir, 'target/migration-guard').exists(), 'the parent itself, with the plugin only managed, did not')
def report = new JsonSlurper().parse(reportFile)

def file = 'src/main/resources/db/migration/V2__add_index.sql'
check(log =~ /(?m)^\[WARNING\] ${java.util.regex.Pattern.quote(file)}:2:\d+: warning require-concurrent-index \S/,
        'the index build is logged as a warning, at its line')
check(report.findings.any { it.ruleId == 'require-concurrent-index' && it.file == file && it.line == 2 && it.severity == 'warning' },
        'report.json has the index build as a warning')
check(!report.findings.any { it.ruleId == 'lock-timeout' }, 'lock-timeout is off')
check(log.contains('BUILD SUCCESS'), 'the build passed')
