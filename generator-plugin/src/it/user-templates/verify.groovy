// The user's layout, and the part it includes, frame every page; the content inside is policyc's.
def site = new File(basedir, 'target/policy')
['privacy-policy.html', 'cookie-policy.html', 'versions/index.html', 'changes.html'].each {
    def page = new File(site, it).getText('UTF-8')
    assert page.contains('<header class="banner">Our own banner for Templates Ltd</header>') : it
}
def privacy = new File(site, 'privacy-policy.html').getText('UTF-8')
assert privacy.contains('<section id="intro"><h2>Introduction</h2>')
assert privacy.contains('href="mailto:office@templates.test"')
// policyc's own layout is not used anywhere.
assert !privacy.contains('class="site-header"')
