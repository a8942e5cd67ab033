// mvn site: the policy built into the site, its pages in the site menu, and the checks as a project report.
def site = new File(basedir, 'target/site')
def log = new File(basedir, 'build.log').readLines('UTF-8')

// The policy pages, built in pre-site into the site's output directory.
def privacy = new File(site, 'policy/privacy-policy.html')
assert privacy.isFile()
assert privacy.getText('UTF-8').contains('Site Report Widgets Limited')
assert new File(site, 'policy/cookie-policy.html').isFile()
assert new File(site, 'policy/policy.json').isFile()

// The report: the planted finding at its line with its rule linked to the reference, and the suppressed one
// apart with its reason. The model has no other findings.
def report = new File(site, 'policyc.html')
assert report.isFile()
def html = report.getText('UTF-8')
def findings = section(html, 'Findings')
assert rows(findings) == [['src/policy/policy.yaml:69:5', 'warning', 'PC403 empty-section',
                           "section 'later' (&quot;Later&quot;) is empty", 'write its body or remove it']]
assert findings.contains('href="https://github.com/policyc/policyc/blob/main/docs/rules.md#pc403">PC403</a>')
assert rows(section(html, 'Suppressed findings')) == [['src/policy/policy.yaml:71:5', 'warning', 'PC403 empty-section',
        "section 'draft' (&quot;Draft&quot;) is empty", 'written for the next version']]
assert rows(section(html, 'Summary')) == [['error', '0'], ['warning', '1'], ['info', '0'], ['suppressed', '1']]
assert log.contains('[INFO] policyc: 0 errors, 1 warning, 0 infos (1 suppressed)')

// Every page of the site, the report included, has the menu that links the policy pages and the report.
def menuLinks = ['policy/privacy-policy.html', 'policy/cookie-policy.html', 'policy/policy.json', 'policyc.html']
def index = new File(site, 'index.html').getText('UTF-8')
menuLinks.each { assert index.contains("href=\"${it}\""), "index.html links ${it}" }
// (its own entry is the active one, without a link)
menuLinks.take(3).each { assert html.contains("href=\"${it}\""), "policyc.html links ${it}" }
// ... and the report is listed under Project Reports.
def reports = new File(site, 'project-reports.html').getText('UTF-8')
assert reports.contains('href="policyc.html"') && reports.contains('Policy checks')

// A Doxia 2 report of Maven's own runs beside ours, and nothing fails.
assert new File(site, 'summary.html').isFile()
assert !log.any { it.contains('NoSuchMethodError') || it.startsWith('[ERROR]') }

/** The HTML of the report's section with this heading, up to the next section. */
String section(String html, String heading) {
    def start = html.indexOf("<h2>${heading}</h2>")
    assert start >= 0, "policyc.html has a section ${heading}"
    def end = html.indexOf('<h2>', start + 1)
    return html.substring(start, end < 0 ? html.length() : end)
}

/** The text of each table row with cells, tags removed. */
List rows(String section) {
    (section =~ /(?s)<tr[^>]*>(.*?)<\/tr>/).collect { it[1] }
            .findAll { it.contains('<td') }
            .collect { row -> (row =~ /(?s)<td[^>]*>(.*?)<\/td>/).collect { it[1].replaceAll(/<[^>]+>/, '').trim() } }
}
