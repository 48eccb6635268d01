# Samskap: `make run` opens the app on the demo project; `make test` runs every test.
# Both install what is missing on Debian 12 first (as root, or through sudo).

SWIFT     ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
BUILD_DIR := .build/debug
BIN       := $(BUILD_DIR)/samskap
DATA_HOME ?= $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
DEMO      := $(DATA_HOME)/samskap/demo.samskap

# gettext: msgfmt compiles po/*.po into the catalogues the program reads (po/compile.sh).
RUN_PACKAGES  := pkg-config libgtk-4-dev libadwaita-1-dev libsqlite3-dev libutf8proc-dev libpango1.0-dev libcairo2-dev libsoup-3.0-dev libqrencode-dev fonts-inter fonts-dejavu-core gettext
# Building the Debian package: dpkg-shlibdeps, dpkg-gencontrol, dpkg-deb; strip and objdump.
DEB_PACKAGES  := dpkg-dev binutils
TEST_PACKAGES := $(RUN_PACKAGES) python3-jsonschema locales xvfb xauth dbus dbus-x11 at-spi2-core python3-pyatspi python3-gi gir1.2-atspi-2.0 \
                 imagemagick x11-utils poppler-utils gettext gsettings-desktop-schemas valgrind gcc time \
                 chromium chromium-driver python3-selenium zbar-tools \
                 $(DEB_PACKAGES) lintian desktop-file-utils appstream xdg-utils libglib2.0-bin man-db

# The application as shipped: optimised, with the Swift runtime and FoundationEssentials linked in (its start-up maps
# one file instead of fourteen and resolves no Swift symbols; full Foundation would add 49 MB, most of it ICU's data).
# In a folder of its own, since that flag rebuilds everything. No RUNPATH $$ORIGIN: no library sits beside it
# (packaging/install.sh builds it the same way, for the Debian package too).
APP_BUILD := $(SWIFT) build -c release --product samskap --static-swift-stdlib --disable-local-rpath --scratch-path .build/app
APP_BIN   := .build/app/release/samskap

# The package's version is its changelog's; packaging/deb/build-deb.sh stops when the binary says another.
DEB_VERSION := $(shell awk 'NR == 1 { gsub(/[()]/, "", $$2); print $$2 }' packaging/deb/changelog)
DEB         := samskap_$(DEB_VERSION)_$(shell dpkg --print-architecture).deb

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Installs the listed Debian packages that are not installed yet; runs apt-get only when one is missing.
define install_missing
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing: $$missing"; \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

.PHONY: run test build locale pot deps-run deps-test deps-deb unit-test ui-test phones-test deb deb-test bench screenshots clean

deps-run:
	$(call install_missing,$(RUN_PACKAGES))

# The real-window tests run the window in Norwegian under nb_NO.UTF-8: GTK warns (and a test fails) without it.
deps-test:
	$(call install_missing,$(TEST_PACKAGES))
	@locale -a | grep -qix 'nb_NO.utf8' || $(SUDO) localedef -i nb_NO -f UTF-8 nb_NO.UTF-8

deps-deb:
	$(call install_missing,$(RUN_PACKAGES) $(DEB_PACKAGES))

build: deps-run locale
	$(SWIFT) build

# The compiled catalogues (.build/locale/<language>/LC_MESSAGES/samskap.mo), where a run from the tree finds them.
locale:
	po/compile.sh

# After texts changed in the code: po/samskap.pot extracted again and merged into every po/<language>.po.
pot:
	po/update-pot.sh

run: build
	@mkdir -p "$(dir $(DEMO))"
	@[ -f "$(DEMO)" ] || $(BIN) demo -o "$(DEMO)"
	GSK_RENDERER=$${GSK_RENDERER:-cairo} $(BIN) "$(DEMO)"

test: deps-test
	po/compile.sh
	$(SWIFT) build --build-tests
	Tests/Package/check_docs.sh $(BIN)
	$(MAKE) unit-test
	$(MAKE) ui-test
	$(MAKE) phones-test
	$(MAKE) deb-test

# Under Xvfb too, so that the window layer's unit tests (signals, ownership, accessibility) run
# instead of skipping for want of a display.
unit-test:
	GSK_RENDERER=cairo xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- $(SWIFT) test --skip-build

ui-test:
	xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- /usr/bin/python3 Tests/UI/run_all.py $(BIN)

# The phones' answer server over real HTTP on the loopback: refusals, a real browser, SIGKILL and resume against
# the debug build; the load tests against the app as shipped, whose latency is the one that counts.
phones-test:
	/usr/bin/python3 Tests/Phones/run_all.py $(BIN) '' --skip load
	$(APP_BUILD)
	/usr/bin/python3 Tests/Phones/run_all.py $(APP_BIN) load

# samskap_VERSION_ARCH.deb at the top of the tree: the release build staged by packaging/install.sh under /usr.
deb: deps-deb
	SWIFT=$(SWIFT) packaging/deb/build-deb.sh

# lintian, then install the package, use it, open a file with it through the desktop, remove it (as root).
deb-test: deb
	$(call install_missing,$(TEST_PACKAGES))
	lintian --fail-on error --display-info $(DEB)
	Tests/Package/test_deb.sh $(DEB)

bench: deps-test
	$(SWIFT) build -c release --product samskap-bench
	$(APP_BUILD)
	.build/release/samskap-bench
	Tests/BenchFloor/first_frame.sh $(APP_BIN)
	/usr/bin/python3 Tests/Phones/bench.py $(APP_BIN)
	# The real workshop window's frames while 200 phones join, load their page three times and answer.
	xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- /usr/bin/python3 Tests/UI/bench_workshop_frames.py $(APP_BIN)

screenshots: deps-test build
	xvfb-run -a -s '-screen 0 1920x1080x24' dbus-run-session -- /usr/bin/python3 Tests/UI/screenshots.py $(BIN) .build/screenshots
	# Every workshop screen kind at 1280×720, 1920×1080 and 3840×2160, dark and light, nb and en; the test fails when a
	# text laid out by Pango is smaller than a thirtieth of the height, cut, or on top of another.
	$(SWIFT) build --build-tests
	SAMSKAP_WORKSHOP_SHOTS=$(CURDIR)/.build/screenshots/workshop $(SWIFT) test --skip-build --filter WorkshopScreenTests

clean:
	rm -rf .build samskap_*.deb
