# `trialfhir conformance` against the loopback FHIR test server (server.cmake
# starts it: fixture tfserver). A fit server gives a passing TestReport the
# FHIR oracles accept and valid JUnit XML; the server without transactions
# (its /$config mode) gives a failing one that says why; an unreachable
# server exits 3 with a failing report (tests/server/conformance_test.sh).
# This file is included before server.cmake (name order), so it sets up the
# same option and programs itself; they are cache entries, shared with it.
option(TF_SERVER_TESTS "Run the client tests against the loopback FHIR test server (needs node)" ON)
if(TF_SERVER_TESTS)
  find_program(TF_BASH_FOR_SERVER NAMES bash REQUIRED)
  find_program(TF_NODE_FOR_SERVER NAMES node nodejs)
  set(tf_conf_node ${TF_NODE_FOR_SERVER})
  if(NOT tf_conf_node)
    set(tf_conf_node node)
  endif()
  add_test(NAME server/conformance
    COMMAND ${CMAKE_COMMAND} -E env NODE=${tf_conf_node}
            ${TF_BASH_FOR_SERVER} ${CMAKE_CURRENT_SOURCE_DIR}/server/conformance_test.sh
            $<TARGET_FILE:trialfhir_cli> ${CMAKE_CURRENT_BINARY_DIR}/server-conformance-out)
  # Same fixture, lock and environment as the tests of server.cmake.
  set_tests_properties(server/conformance PROPERTIES
    FIXTURES_REQUIRED tfserver RESOURCE_LOCK tfserver LABELS server TIMEOUT 240
    ENVIRONMENT "TF_SERVER_PORT_FILE=${CMAKE_CURRENT_BINARY_DIR}/server-state/port;TF_SERVER_DIR=${CMAKE_CURRENT_SOURCE_DIR}/server;TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings;TF_TEST_DATA=${CMAKE_CURRENT_SOURCE_DIR}/data")
endif()
