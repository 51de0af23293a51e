# `trialfhir match` end to end (tests/match/): the JSON report of the seed
# fixtures x fixtures/patients against fixtures/match/expected.json, the
# exec: evaluator (fhirpath.js through tests/match/exec-fhirpath.mjs) against
# the built-in engine, and the plugin: evaluator with an example plug-in.
# Refresh the expected report after a reviewed change with
#   sh tests/match/run-e2e.sh build/trialfhir . --update
add_test(NAME match/e2e
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/match/run-e2e.sh $<TARGET_FILE:trialfhir_cli>
          ${PROJECT_SOURCE_DIR})
set_tests_properties(match/e2e PROPERTIES LABELS match
  ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")

find_program(TF_MATCH_NODE NAMES node nodejs)
if(TF_MATCH_NODE)
  add_test(NAME match/exec-fhirpath
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/match/run-exec.sh $<TARGET_FILE:trialfhir_cli>
            ${PROJECT_SOURCE_DIR} ${TF_MATCH_NODE})
  set_tests_properties(match/exec-fhirpath PROPERTIES LABELS match SKIP_RETURN_CODE 77
    ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
endif()

# The example plug-in (FHIRPath through libtrialfhir's public API), and the
# same built to claim a foreign interface version. Plug-ins see only the
# public headers.
foreach(variant good wrong)
  add_library(tf_match_plugin_${variant} MODULE ${CMAKE_CURRENT_SOURCE_DIR}/match/plugin-example.c)
  target_include_directories(tf_match_plugin_${variant} PRIVATE
    ${PROJECT_SOURCE_DIR}/adapter/include)
  target_link_libraries(tf_match_plugin_${variant} PRIVATE trialfhir PkgConfig::JANSSON)
  set_target_properties(tf_match_plugin_${variant} PROPERTIES PREFIX "" C_VISIBILITY_PRESET hidden)
endforeach()
target_compile_definitions(tf_match_plugin_wrong PRIVATE EXAMPLE_WRONG_VERSION)
add_test(NAME match/plugin
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/match/run-plugin.sh $<TARGET_FILE:trialfhir_cli>
          ${PROJECT_SOURCE_DIR} $<TARGET_FILE:tf_match_plugin_good>
          $<TARGET_FILE:tf_match_plugin_wrong>)
set_tests_properties(match/plugin PROPERTIES LABELS match
  ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")

# Units converted before comparing, mass <-> substance through the molar
# masses of mappings/criteria-analyte.tsv (fixtures/match/units/).
add_test(NAME match/units
  COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/match/run-units.sh $<TARGET_FILE:trialfhir_cli>
          ${PROJECT_SOURCE_DIR})
set_tests_properties(match/units PROPERTIES LABELS match
  ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")

# Trials and patients from a FHIR server: the loopback test server of
# tests/server.cmake (its fixture, lock and environment). This file is
# included before server.cmake, so its option and paths are spelled here.
option(TF_SERVER_TESTS "Run the client tests against the loopback FHIR test server (needs node)" ON)
if(TF_SERVER_TESTS)
  add_test(NAME match/server
    COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/match/run-server.sh $<TARGET_FILE:trialfhir_cli>
            ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_BINARY_DIR}/match-server-out)
  set_tests_properties(match/server PROPERTIES
    FIXTURES_REQUIRED tfserver RESOURCE_LOCK tfserver LABELS "match;server" TIMEOUT 240
    ENVIRONMENT "TF_SERVER_PORT_FILE=${CMAKE_CURRENT_BINARY_DIR}/server-state/port;TF_SERVER_DIR=${CMAKE_CURRENT_SOURCE_DIR}/server;TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings;TF_TEST_DATA=${CMAKE_CURRENT_SOURCE_DIR}/data")
endif()
