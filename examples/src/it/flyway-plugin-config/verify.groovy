// The flyway-maven-plugin configuration gives the location and one placeholder; the other is reported.
import groovy.json.JsonSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/migration-guard/report.json'))
def dir = 'sql/migrations/'

check(log.contains('Migration Guard: Flyway configuration from pom.xml <properties>, pom.xml org.flywaydb:flyway-maven-plugin')
        || log.contains('pom.xml org.flywaydb:flyway-maven-plugin'), 'the log names the Flyway plugin configuration')
def unknown = report.findings.findAll { it.ruleId == 'flyway-unknown-placeholder' }
check(unknown.size() == 1 && unknown[0].file == dir + 'V1__create_invoices.sql' && unknown[0].line == 2,
        'only owner_role has no value: schema_name comes from the flyway-maven-plugin configuration')
check(unknown[0].message.contains("'owner_role'"), 'the finding names the placeholder')
check(report.findings.any { it.ruleId == 'flyway-transactional-lock' && it.file == dir + 'V2__index_invoices.sql' },
        'the concurrent index under the transactional lock is reported')
check(log.contains('BUILD FAILURE'), 'the build failed on the unknown placeholder')
