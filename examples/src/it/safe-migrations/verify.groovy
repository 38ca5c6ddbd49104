// Safe migrations pass: every statement analysed, no error.
import groovy.json.JsonSlurper

def check(ok, String what) {
    if (!ok) {
        throw new AssertionError(what)
    }
}

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/migration-guard/report.json'))

check(log.contains('BUILD SUCCESS'), 'the build passed')
check(log =~ /\[INFO\] Migration Guard: 3 files, \d+ statements/, 'the summary counts the three migrations')
check(report.summary.files == 3, 'report.json counts three files')
check(report.summary.findings.error == 0, "no error findings: ${report.findings}")
check(report.summary.unanalyzed == 0, "every statement analysed: ${report.findings}")
