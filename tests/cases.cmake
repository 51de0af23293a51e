# Directory-per-case suites under fixtures/cases/<suite>/<case>/: each case
# becomes its own ctest test named cases/<suite>/<case>, so a failure names
# its case. See tests/run-case.sh for the files a case may hold.
file(GLOB TF_CASE_DIRS LIST_DIRECTORIES true CONFIGURE_DEPENDS
     ${PROJECT_SOURCE_DIR}/fixtures/cases/*/*)
foreach(dir ${TF_CASE_DIRS})
  if(IS_DIRECTORY ${dir})
    file(RELATIVE_PATH rel ${PROJECT_SOURCE_DIR}/fixtures/cases ${dir})
    add_test(NAME cases/${rel}
      COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/run-case.sh $<TARGET_FILE:trialfhir_cli> ${dir})
    set_tests_properties(cases/${rel} PROPERTIES LABELS cases
      ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings")
    # Bad input takes the error paths, where an uninitialised field or a
    # leak hides best: those cases run under valgrind too.
    if(TF_VALGRIND AND rel MATCHES "^bad-input/")
      string(REPLACE ";" " " tf_case_wrapper "${TF_VALGRIND_COMMAND}")
      add_test(NAME valgrind/cases/${rel}
        COMMAND sh ${CMAKE_CURRENT_SOURCE_DIR}/run-case.sh $<TARGET_FILE:trialfhir_cli> ${dir})
      set_tests_properties(valgrind/cases/${rel} PROPERTIES LABELS valgrind TIMEOUT 300
        ENVIRONMENT "TRIALFHIR_MAPPINGS=${PROJECT_SOURCE_DIR}/mappings;CASE_WRAPPER=${tf_case_wrapper}")
    endif()
  endif()
endforeach()
