# chronicle: two commands do everything on a fresh Debian machine with the Swift toolchain.
#   make site   installs what is missing, builds chronicle and builds Site/ from Content/
#   make test   installs what is missing and runs the whole test suite
SWIFT ?= swift
APT_PACKAGES = libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config
CHRONICLE = .build/debug/chronicle

.PHONY: site test deps build extract-score bench clean

deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

site: build
	$(CHRONICLE) build

test: deps
	$(SWIFT) test

clean:
	rm -rf .build Site
