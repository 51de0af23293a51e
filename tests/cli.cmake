# End-to-end checks of the trialfhir tool that a case directory cannot
# express (files beside stdout, exit codes with side effects): every
# tests/cli/*.sh is one ctest test, cli/<name>, given the tool's path.
file(GLOB TF_CLI_SCRIPTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/cli/*.sh)
foreach(script ${TF_CLI_SCRIPTS})
  get_filename_component(name ${script} NAME_WE)
  add_test(NAME cli/${name} COMMAND sh ${script} $<TARGET_FILE:trialfhir_cli>)
  set_tests_properties(cli/${name} PROPERTIES LABELS cli
    ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
endforeach()
