// Only V3 was linted; the already applied V2 was not; the password never reached the log.
import groovy.json.JsonSlurper

def postgres = System.properties.remove('migration-guard.it.postgres')
try {
    def check = { ok, String what ->
        if (!ok) {
            throw new AssertionError(what)
        }
    }
    def log = new File(basedir, 'build.log').text
    def report = new JsonSlurper().parse(new File(basedir, 'target/migration-guard/report.json'))
    def dir = 'src/main/resources/db/migration/'

    check(log =~ /Migration Guard: Pending set from the database \(jdbc:postgresql:\/\/localhost:\d+\/shop, flyway_schema_history\): 1 of 3 migrations:/,
            'the log names the database and counts the pending set')
    check(log.contains('Migration Guard:   ' + dir + 'V3__orders_status_not_null.sql'), 'the log lists V3')
    check(report.findings.every { it.file == dir + 'V3__orders_status_not_null.sql' }, 'only V3 is linted')
    check(report.findings.any { it.ruleId == 'set-not-null' }, 'V3 is reported')
    check(!log.contains('It-Db-Secret-7'), 'the password is not in the log')
    check(!new File(basedir, 'target/migration-guard/report.json').text.contains('It-Db-Secret-7'),
            'the password is not in the report')
    check(log.contains('BUILD FAILURE'), 'the build failed on V3')
} finally {
    postgres?.close()
}
