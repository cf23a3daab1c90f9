#!/bin/sh
# Copies the README's screens from the browser tests' screenshots (run `mvn verify` first, or
# `mvn verify -Dtest=NoSuchTests -Dsurefire.failIfNoSpecifiedTests=false` for the browser tests alone).
set -e
cd "$(dirname "$0")/../.."
shots=target/screenshots
copy() { cp "$shots/$1.png" "docs/screens/$2.png"; echo "docs/screens/$2.png <- $1"; }
copy page-demo-home-1024                              home-tablet
copy page-demo-home-390                               home-phone
copy page-demo-episodes-n-visits-new-1024             visit-capture-tablet
copy visit-capture-390                                visit-capture-phone
copy progress-5-chart-in-view                         episode-chart-tablet
copy intake-3-health                                  intake-phone
copy page-demo-episodes-n-referrals-new-source-ALERT-1024 referral-letter-tablet
copy page-recipient-recipient-opened-1024             recipient-tablet
copy page-demo-insights-1024                          insights-tablet
copy directory-search                                 directory-tablet
