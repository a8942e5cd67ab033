// A consent banner configuration shaped like the one policyc generates (assets/cookieconsent-config.js):
// one category per cookie category of the inventory, the necessary one always on, autoClear for the rest.
(function () {
  "use strict";
  var config = /* policyc:config */{
    "revision": 1,
    "categories": {
      "necessary": { "enabled": true, "readOnly": true },
      "functional": { "autoClear": { "cookies": [ { "name": "lang" } ] } },
      "analytics": { "autoClear": { "cookies": [ { "pattern": "^_ga" } ] } }
    },
    "language": {
      "default": "en-GB",
      "translations": {
        "en-GB": {
          "consentModal": {
            "title": "Cookies on this site",
            "description": "Example Ltd uses cookies the site needs to work. With your agreement, it also uses cookies for: functional, analytics.",
            "acceptAllBtn": "Accept all",
            "acceptNecessaryBtn": "Reject all",
            "showPreferencesBtn": "Choose cookies"
          },
          "preferencesModal": {
            "title": "Cookie settings",
            "acceptAllBtn": "Accept all",
            "acceptNecessaryBtn": "Reject all",
            "savePreferencesBtn": "Save my choices",
            "closeIconLabel": "Close",
            "sections": [
              { "title": "Your choices", "description": "Choose which cookies Example Ltd may set." },
              { "title": "Strictly necessary", "linkedCategory": "necessary" },
              { "title": "Functional", "linkedCategory": "functional" },
              { "title": "Analytics", "linkedCategory": "analytics" }
            ]
          }
        }
      }
    }
  }/* policyc:end */;
  Object.keys(config.categories).forEach(function (id) {
    var autoClear = config.categories[id].autoClear;
    if (autoClear) {
      autoClear.cookies = autoClear.cookies.map(function (cookie) {
        return cookie.pattern ? { name: new RegExp(cookie.pattern) } : cookie;
      });
    }
  });
  CookieConsent.run(config);
})();
