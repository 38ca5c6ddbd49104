// The edited V2 fails the build through modified-applied-migration; only V3 is pending.
import groovy.json.JsonSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/migration-guard/report.json'))
def dir = 'src/main/resources/db/migration/'

check(log =~ /Migration Guard: Pending set from the git base \(base, merge-base \w+\): 1 of 3 migrations:/,
        'the log names the git base and counts the pending set')
check(log.contains('  ' + dir + 'V3__orders_total_default.sql'), 'the log lists V3 as pending')
def modified = report.findings.findAll { it.ruleId == 'modified-applied-migration' }
check(modified.size() == 1 && modified[0].file == dir + 'V2__create_orders.sql' && modified[0].severity == 'error',
        'the edited V2 is reported')
check(log.contains('BUILD FAILURE'), 'the build failed')
