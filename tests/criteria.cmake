# The criteria case suite (fixtures/criteria/<case>/): each case is one
# ctest test, criteria/<case>, that runs `trialfhir criteria --format json`
# on the case's input.txt and compares the result with expected.json
# (tests/criteria/run-case.sh). The FHIRPath of every case is also run by
# fhirpath.js on the case's patients/*.json (criteria/fhirpath, one test
# for the whole suite: tests/criteria/check-fhirpath.mjs), unless
# TF_ORACLE_TESTS is off.

set(_tf_criteria_cmd $<TARGET_FILE:trialfhir_cli>)
set(_tf_criteria_sub criteria)

file(GLOB TF_CRITERIA_CASES LIST_DIRECTORIES true CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/fixtures/criteria/*)
foreach(dir ${TF_CRITERIA_CASES})
  if(IS_DIRECTORY ${dir})
    get_filename_component(name ${dir} NAME)
    add_test(NAME criteria/${name}
      COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/criteria/run-case.sh ${dir} ${_tf_criteria_cmd}
              ${_tf_criteria_sub})
    set_tests_properties(criteria/${name} PROPERTIES LABELS criteria
      ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
  endif()
endforeach()

if(TF_ORACLE_TESTS)
  find_program(TF_CRITERIA_NODE NAMES node nodejs)
  if(NOT TF_CRITERIA_NODE)
    set(TF_CRITERIA_NODE node) # looked up on PATH when the test runs
  endif()
  add_test(NAME criteria/fhirpath
    COMMAND ${CMAKE_COMMAND} -E env NODE_PATH=${CMAKE_CURRENT_SOURCE_DIR}/oracle/node_modules
            ${TF_CRITERIA_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/criteria/check-fhirpath.mjs
            ${PROJECT_SOURCE_DIR}/fixtures/criteria)
  set_tests_properties(criteria/fhirpath PROPERTIES LABELS "criteria;oracle" TIMEOUT 300)
  # Every code a condition selects resources by is declared in the action's
  # input DataRequirements (what server-side gathering fetches).
  add_test(NAME criteria/inputs-cover-conditions
    COMMAND ${TF_CRITERIA_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/criteria/check-inputs.mjs
            ${PROJECT_SOURCE_DIR}/fixtures/cases)
  set_tests_properties(criteria/inputs-cover-conditions PROPERTIES LABELS "criteria;oracle"
    TIMEOUT 120)
  # A sample of PlanDefinitions validated by the oracle.
  add_test(NAME criteria/plandefinition-oracle
    COMMAND ${CMAKE_COMMAND} -E env NODE=${TF_CRITERIA_NODE}
            sh ${CMAKE_CURRENT_SOURCE_DIR}/criteria/validate-plans.sh
            $<TARGET_FILE:criteria_plans> ${CMAKE_CURRENT_BINARY_DIR}/criteria-plans
            ${CMAKE_CURRENT_SOURCE_DIR}/oracle/validate.mjs ${PROJECT_SOURCE_DIR}/fixtures/criteria)
  set_tests_properties(criteria/plandefinition-oracle PROPERTIES LABELS "criteria;oracle"
    TIMEOUT 600 ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
endif()

# criteria_plans: writes the PlanDefinition of criteria text (one file per
# input) for the oracle test above.
add_executable(criteria_plans ${CMAKE_CURRENT_SOURCE_DIR}/criteria/plans.c)
target_link_libraries(criteria_plans PRIVATE trialfhir_internal)
