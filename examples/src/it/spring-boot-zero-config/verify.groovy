// With no plugin configuration, application.yml supplies the location and the placeholder value.
import groovy.json.JsonSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/migration-guard/report.json'))
def dir = 'src/main/resources/db/changes/'

check(log.contains('Migration Guard: Flyway configuration from src/main/resources/application.yml'),
        'the log names application.yml as the Flyway configuration')
check(log.contains('Migration Guard: Migrations in src/main/resources/db/changes: flyway'),
        'the migrations are found where application.yml puts them')
check(report.findings.any { it.ruleId == 'require-concurrent-index' && it.file == dir + 'V2__index_orders.sql' },
        'the unsafe index is reported')
check(!report.findings.any { it.ruleId == 'flyway-unknown-placeholder' },
        'the placeholder has its value from application.yml')
check(log.contains('BUILD FAILURE'), 'the build failed')
