# trialfhir: the two commands.
#   make demo   install what is missing, build, convert the bundled fixtures
#   make test   install what is missing, build, run the whole test suite
# Both work on a fresh Debian/Ubuntu machine as root or with sudo.

BUILD      ?= build
ASAN_BUILD ?= build-asan
JOBS       ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=

.PHONY: all deps build demo test test-unit test-asan test-valgrind fuzz bench install format clean

all: build

deps:
	@sh .ci/install-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTF_WERROR=ON $(CMAKE_ARGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

demo: build
	@sh .ci/demo.sh $(BUILD)

# The whole suite (unit tests, case suites, oracles, valgrind runs), then
# the same suites again built with ASan+UBSan.
test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory test-asan

test-unit: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) -L unit

$(ASAN_BUILD)/CMakeCache.txt:
	cmake -S . -B $(ASAN_BUILD) -DCMAKE_BUILD_TYPE=Debug -DTF_WERROR=ON -DTF_SANITIZE=ON \
	      -DCMAKE_C_COMPILER=clang -DTF_ORACLE_TESTS=OFF -DTF_VALGRIND=OFF $(CMAKE_ARGS)

test-asan: deps $(ASAN_BUILD)/CMakeCache.txt
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
	  ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS)

test-valgrind: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) -L valgrind

fuzz: deps
	cmake -S . -B build-fuzz -DCMAKE_C_COMPILER=clang -DTF_FUZZ=ON -DTF_SANITIZE=ON -DTF_ORACLE_TESTS=OFF
	cmake --build build-fuzz -j $(JOBS)

bench: build
	sh bench/run.sh $(BUILD)

install: build
	cmake --install $(BUILD)

format:
	clang-format -i $$(git ls-files '*.c' '*.h')

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) build-fuzz
