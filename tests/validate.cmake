# Validator tests beyond unit/test_validate (examples, mutants, convert
# self-check and structural cases live there, and run under valgrind too):
#   validate/oracle-compare  our validator and the npm oracles
#                            (tests/oracle/validate.mjs) over the same
#                            official examples and generated mutants; a
#                            disagreement not listed in
#                            tests/validate/known-disagreements.tsv fails
if(TF_ORACLE_TESTS AND TARGET test_validate)
  find_program(TF_NODE_FOR_VALIDATE NAMES node nodejs)
  if(TF_NODE_FOR_VALIDATE)
    set(_tf_vnode ${TF_NODE_FOR_VALIDATE})
  else()
    set(_tf_vnode node) # looked up on PATH when the test runs
  endif()
  add_test(NAME validate/oracle-compare
    COMMAND ${_tf_vnode} ${CMAKE_CURRENT_SOURCE_DIR}/validate/compare-oracle.mjs
            $<TARGET_FILE:test_validate> ${CMAKE_CURRENT_BINARY_DIR}/validate-oracle-out)
  set_tests_properties(validate/oracle-compare PROPERTIES LABELS "oracle;validate")
endif()

# validate/cli: the command's options, formats, profiles, threads and exit
# codes, through the trialfhir tool itself.
find_program(TF_BASH_FOR_VALIDATE NAMES bash)
if(TF_BASH_FOR_VALIDATE)
  add_test(NAME validate/cli
    COMMAND ${TF_BASH_FOR_VALIDATE} ${CMAKE_CURRENT_SOURCE_DIR}/validate/cli_test.sh
            $<TARGET_FILE:trialfhir_cli> ${PROJECT_SOURCE_DIR}/conformance/examples-r4
            ${CMAKE_CURRENT_BINARY_DIR}/validate-cli-out
            ${CMAKE_CURRENT_SOURCE_DIR}/validate/profiles)
  set_tests_properties(validate/cli PROPERTIES LABELS validate)
endif()
