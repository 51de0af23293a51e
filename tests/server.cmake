# Client tests against a real FHIR server (tests/server/server.mjs says what it does):
# Medplum's FHIR engine behind a small Node front with fault modes, started
# on a free loopback port by a CTest fixture and stopped after the last
# test that needs it. All tests of the "server" label share the one server
# and reset it; RESOURCE_LOCK keeps them from running at the same time.
#   server/start, server/stop   the fixture (tests/server/ctl.sh)
#   server/client               C integration tests (tests/server/it_client.c)
#   server/cli                  trialfhir convert/push/pull end to end (cli_test.sh)
#   server/pull                 every way of pulling, incomplete markers (pull_test.sh)
# The start script fails with "run make test" when node or
# tests/server/node_modules is missing: never a silent skip. Turn the
# suite off with -DTF_SERVER_TESTS=OFF.
option(TF_SERVER_TESTS "Run the client tests against the loopback FHIR test server (needs node)" ON)
if(TF_SERVER_TESTS)
  set(TF_SERVER_DIR ${CMAKE_CURRENT_SOURCE_DIR}/server)
  set(TF_SERVER_STATE ${CMAKE_CURRENT_BINARY_DIR}/server-state)
  find_program(TF_SH_EXECUTABLE NAMES sh REQUIRED)
  find_program(TF_BASH_FOR_SERVER NAMES bash REQUIRED)
  find_program(TF_NODE_FOR_SERVER NAMES node nodejs)
  if(NOT TF_NODE_FOR_SERVER)
    set(TF_NODE_FOR_SERVER node)
  endif()

  add_test(NAME server/start
    COMMAND ${CMAKE_COMMAND} -E env NODE=${TF_NODE_FOR_SERVER}
            ${TF_SH_EXECUTABLE} ${TF_SERVER_DIR}/ctl.sh start ${TF_SERVER_STATE})
  add_test(NAME server/stop
    COMMAND ${TF_SH_EXECUTABLE} ${TF_SERVER_DIR}/ctl.sh stop ${TF_SERVER_STATE})
  set_tests_properties(server/start PROPERTIES FIXTURES_SETUP tfserver LABELS server TIMEOUT 90)
  set_tests_properties(server/stop PROPERTIES FIXTURES_CLEANUP tfserver LABELS server TIMEOUT 30)

  # The integration test program links the library's internals like the
  # unit tests, and drives the server's control endpoints with libcurl.
  add_executable(it_client ${TF_SERVER_DIR}/it_client.c)
  target_include_directories(it_client PRIVATE ${CMOCKA_INCLUDE_DIR})
  target_link_libraries(it_client PRIVATE trialfhir_internal ${CMOCKA_LIBRARY})
  add_test(NAME server/client COMMAND it_client)

  # push, pull and convert all through the trialfhir tool itself.
  add_test(NAME server/cli
    COMMAND ${CMAKE_COMMAND} -E env NODE=${TF_NODE_FOR_SERVER}
            ${TF_BASH_FOR_SERVER} ${TF_SERVER_DIR}/cli_test.sh
            $<TARGET_FILE:trialfhir_cli> $<TARGET_FILE:trialfhir_cli> ${CMAKE_CURRENT_BINARY_DIR}/server-cli-out)

  # push: ambiguous matches, kill -9 and resume from the journal, convert --push.
  add_test(NAME server/push
    COMMAND ${CMAKE_COMMAND} -E env NODE=${TF_NODE_FOR_SERVER}
            ${TF_BASH_FOR_SERVER} ${TF_SERVER_DIR}/push_test.sh
            $<TARGET_FILE:trialfhir_cli> ${CMAKE_CURRENT_BINARY_DIR}/server-push-out)

  set_tests_properties(server/client server/cli server/push PROPERTIES
    FIXTURES_REQUIRED tfserver RESOURCE_LOCK tfserver LABELS server TIMEOUT 240
    ENVIRONMENT "TF_SERVER_PORT_FILE=${TF_SERVER_STATE}/port;TF_SERVER_DIR=${TF_SERVER_DIR};TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings;TF_TEST_DATA=${CMAKE_CURRENT_SOURCE_DIR}/data")

  # pull: every way of choosing patients, --plans, --export, scenario 10.
  add_test(NAME server/pull
    COMMAND ${TF_BASH_FOR_SERVER} ${TF_SERVER_DIR}/pull_test.sh
            $<TARGET_FILE:trialfhir_cli> ${CMAKE_CURRENT_BINARY_DIR}/server-pull-out)
  set_tests_properties(server/pull PROPERTIES
    FIXTURES_REQUIRED tfserver RESOURCE_LOCK tfserver LABELS server TIMEOUT 240
    ENVIRONMENT "TF_SERVER_PORT_FILE=${TF_SERVER_STATE}/port;TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
endif()
