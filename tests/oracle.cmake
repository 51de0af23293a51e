# Validation-oracle tests (tests/oracle/, README.md there): the CLI's FHIR
# output checked by @medplum/core and the `fhir` package from npm.
#   oracle/selftest  the oracle fails on known-bad resources, passes good ones
#   oracle/fixtures  trialfhir convert of fixtures/ctgov-v2/*.json, then every
#                    NDJSON file it wrote goes through validate.mjs
# Both scripts check at run time that node and tests/oracle/node_modules are
# there, and FAIL with "run make test (it installs the oracle with npm ci)"
# when they are not: a missing oracle is never a silent skip. (The check is at
# run time, not configure time, so installing the oracle after cmake ran is
# enough.) Turn the tests off with -DTF_ORACLE_TESTS=OFF.
if(TF_ORACLE_TESTS)
  set(TF_ORACLE_DIR ${CMAKE_CURRENT_SOURCE_DIR}/oracle)
  find_program(TF_NODE_EXECUTABLE NAMES node nodejs)
  find_program(TF_BASH_EXECUTABLE NAMES bash REQUIRED)
  if(TF_NODE_EXECUTABLE)
    set(_tf_node ${TF_NODE_EXECUTABLE})
  else()
    set(_tf_node node) # looked up on PATH when the test runs
  endif()
  if(NOT TF_NODE_EXECUTABLE OR NOT EXISTS ${TF_ORACLE_DIR}/node_modules)
    message(STATUS "Oracle tests: node or tests/oracle/node_modules missing; "
                   "the oracle/* tests will fail until: make test (it installs the oracle with npm ci)")
  endif()

  if(TARGET trialfhir_cli)
    set(_tf_cli $<TARGET_FILE:trialfhir_cli>)
  else()
    set(_tf_cli ${PROJECT_BINARY_DIR}/trialfhir)
  endif()

  add_test(NAME oracle/selftest
    COMMAND ${CMAKE_COMMAND} -E env NODE=${_tf_node}
            ${TF_BASH_EXECUTABLE} ${TF_ORACLE_DIR}/selftest.sh)
  add_test(NAME oracle/fixtures
    COMMAND ${CMAKE_COMMAND} -E env NODE=${_tf_node}
            ${TF_BASH_EXECUTABLE} ${TF_ORACLE_DIR}/run-fixtures.sh
            ${_tf_cli} ${CMAKE_CURRENT_BINARY_DIR}/oracle-fixtures-out)
  file(GLOB _tf_xml_fixtures ${PROJECT_SOURCE_DIR}/fixtures/ctgov-xml/*.xml)
  file(GLOB _tf_seed_fixtures ${PROJECT_SOURCE_DIR}/fixtures/registry/*.txt)
  add_test(NAME oracle/fixtures-xml
    COMMAND ${CMAKE_COMMAND} -E env NODE=${_tf_node}
            ${TF_BASH_EXECUTABLE} ${TF_ORACLE_DIR}/run-fixtures.sh
            ${_tf_cli} ${CMAKE_CURRENT_BINARY_DIR}/oracle-fixtures-xml-out ${_tf_xml_fixtures})
  add_test(NAME oracle/fixtures-seeds
    COMMAND ${CMAKE_COMMAND} -E env NODE=${_tf_node}
            ${TF_BASH_EXECUTABLE} ${TF_ORACLE_DIR}/run-fixtures.sh
            ${_tf_cli} ${CMAKE_CURRENT_BINARY_DIR}/oracle-fixtures-seeds-out ${_tf_seed_fixtures})
  # The whole shared development set when it sits beside the checkout (as
  # in CI); skipped on a clone without it.
  add_test(NAME oracle/shared-registry
    COMMAND ${CMAKE_COMMAND} -E env NODE=${_tf_node}
            ${TF_BASH_EXECUTABLE} ${TF_ORACLE_DIR}/run-shared.sh
            ${_tf_cli} ${CMAKE_CURRENT_BINARY_DIR}/oracle-shared-out ${PROJECT_SOURCE_DIR}/../shared/registry-data)
  set_tests_properties(oracle/shared-registry PROPERTIES SKIP_RETURN_CODE 77)
  set_tests_properties(oracle/selftest oracle/fixtures oracle/fixtures-xml oracle/fixtures-seeds
                       oracle/shared-registry PROPERTIES
    LABELS oracle
    TIMEOUT 900
    ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
endif()
