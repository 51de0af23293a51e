#!/usr/bin/env python3
# gen-handmade.py - writes the hand-made patients of fixtures/patients/handmade/
# (one collection Bundle each, plain Patient/<id> references so that they can
# be pushed to a server as they are). hm-fit meets every computable criterion
# of the seed trials; each other patient differs from it in one thing, named
# in fixtures/match/handmade.tsv with the verdict it must get. Rerun after a
# change and review the diff:
#   python3 tests/match/gen-handmade.py fixtures/patients/handmade
import json, copy, os, sys
OUT=sys.argv[1]
LOINC='http://loinc.org'; UCUM='http://unitsofmeasure.org'
def obs(pid, oid, code, display, value, unit=None, date='2026-11-10', status='final', high=None, highunit=None, integer=False):
    o={"resourceType":"Observation","id":f"{pid}-{oid}","status":status,
       "code":{"coding":[{"system":LOINC,"code":code,"display":display}]},
       "subject":{"reference":f"Patient/{pid}"},"effectiveDateTime":date}
    if integer: o["valueInteger"]=value
    else: o["valueQuantity"]={"value":value,"unit":unit,"system":UCUM,"code":unit}
    if high is not None:
        hu=highunit or unit
        o["referenceRange"]=[{"high":{"value":high,"unit":hu,"system":UCUM,"code":hu}}]
    return o
def cond(pid, cid, system, code, display, onset='2019-05-01', verification='confirmed', clinical='active'):
    return {"resourceType":"Condition","id":f"{pid}-{cid}",
      "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":clinical}]},
      "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":verification}]},
      "code":{"coding":[{"system":system,"code":code,"display":display}]},
      "subject":{"reference":f"Patient/{pid}"},"onsetDateTime":onset}
def allergy(pid, aid, code, display):
    return {"resourceType":"AllergyIntolerance","id":f"{pid}-{aid}",
      "clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical","code":"active"}]},
      "verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-verification","code":"confirmed"}]},
      "code":{"coding":[{"system":"http://www.nlm.nih.gov/research/umls/rxnorm","code":code,"display":display}]},
      "patient":{"reference":f"Patient/{pid}"},"recordedDate":"2020-02-02"}
def proc(pid, prid, code, display, date):
    return {"resourceType":"Procedure","id":f"{pid}-{prid}","status":"completed",
      "code":{"coding":[{"system":"http://snomed.info/sct","code":code,"display":display}]},
      "subject":{"reference":f"Patient/{pid}"},"performedDateTime":date}

def fit(pid, gender='female', birth='1960-03-14', name=('Ada','Fit'), **over):
    v=dict(ecog=1, nprs=6, wbc=6.1, anc=(3.2,'10*3/uL'), lym=1.5, plt=(220,'10*9/L'), hb=(128,'g/L'),
           bili=(0.8,1.2), ast=25, alt=30, creat=(80,'umol/L',106,'umol/L'), inr=1.0, aptt=30, fib=(3.1,'g/L'),
           lvef=62, qtcf=455, transfusion='2026-09-01', hiv=None, allergy=('7980','penicillin G'), clearance=None)
    v.update(over)
    P={"resourceType":"Patient","id":pid,"gender":gender,"birthDate":birth,
       "name":[{"family":name[1],"given":[name[0]]}]}
    r=[P]
    if v['ecog'] is not None: r.append(obs(pid,'ecog','89247-1','ECOG Performance Status score',v['ecog'],integer=True))
    if v['nprs'] is not None: r.append(obs(pid,'nprs','72514-3','Pain severity - 0-10 verbal numeric rating',v['nprs'],integer=True))
    r.append(obs(pid,'wbc','6690-2','Leukocytes [#/volume] in Blood',v['wbc'],'10*9/L'))
    r.append(obs(pid,'anc','751-8','Neutrophils [#/volume] in Blood',v['anc'][0],v['anc'][1]))
    r.append(obs(pid,'lym','731-0','Lymphocytes [#/volume] in Blood',v['lym'],'10*9/L'))
    r.append(obs(pid,'plt','777-3','Platelets [#/volume] in Blood',v['plt'][0],v['plt'][1]))
    r.append(obs(pid,'hb','718-7','Hemoglobin [Mass/volume] in Blood',v['hb'][0],v['hb'][1]))
    r.append(obs(pid,'bili','1975-2','Bilirubin.total [Mass/volume] in Serum or Plasma',v['bili'][0],'mg/dL',high=v['bili'][1]))
    r.append(obs(pid,'ast','1920-8','AST [Enzymatic activity/volume] in Serum or Plasma',v['ast'],'U/L',high=40))
    r.append(obs(pid,'alt','1742-6','ALT [Enzymatic activity/volume] in Serum or Plasma',v['alt'],'U/L',high=45))
    c=v['creat']; r.append(obs(pid,'creat','2160-0','Creatinine [Mass/volume] in Serum or Plasma',c[0],c[1],high=c[2],highunit=c[3]))
    if v['clearance'] is not None: r.append(obs(pid,'crcl','2164-2','Creatinine renal clearance',v['clearance'],'mL/min'))
    r.append(obs(pid,'inr','6301-6','INR in Platelet poor plasma by Coagulation assay',v['inr'],'{INR}',high=1.2))
    r.append(obs(pid,'aptt','14979-9','aPTT in Platelet poor plasma by Coagulation assay',v['aptt'],'s',high=35))
    r.append(obs(pid,'fib','3255-7','Fibrinogen [Mass/volume] in Platelet poor plasma',v['fib'][0],v['fib'][1]))
    r.append(obs(pid,'lvef','10230-1','Left ventricular Ejection fraction',v['lvef'],'%'))
    r.append(obs(pid,'qtcf','76634-5','QT interval corrected by Fridericia formula',v['qtcf'],'ms'))
    r.append(cond(pid,'htn','http://snomed.info/sct','59621000','Essential hypertension'))
    # the disease the seed trials are about (lung cancer, seed 000; bone
    # metastases, seeds 001 and 002), so that the baseline still fits when
    # those criteria become computable
    r.append(cond(pid,'lungca','http://hl7.org/fhir/sid/icd-10-cm','C34.1','Malignant neoplasm of upper lobe, bronchus or lung',onset='2025-10-02'))
    r.append(cond(pid,'bonemet','http://hl7.org/fhir/sid/icd-10-cm','C79.51','Secondary malignant neoplasm of bone',onset='2026-06-15'))
    if v['hiv']: r.append(cond(pid,'hiv','http://hl7.org/fhir/sid/icd-10-cm','B20','Human immunodeficiency virus [HIV] disease',verification=v['hiv']))
    r.append(allergy(pid,'allergy',*v['allergy']))
    if v['transfusion']: r.append(proc(pid,'transfusion','116859006','Transfusion of blood product',v['transfusion']))
    for x in v.get('extra',[]): r.append(x)
    return r

def bundle(res):
    return {"resourceType":"Bundle","type":"collection","entry":[{"fullUrl":f"{x['resourceType']}/{x['id']}","resource":x} for x in res]}

pats={
 'hm-fit': fit('hm-fit'),
 'hm-minor': fit('hm-minor', birth='2010-06-01', name=('Mia','Minor')),
 'hm-ecog3': fit('hm-ecog3', ecog=3, name=('Eve','Ecog')),
 'hm-male-qtc': fit('hm-male-qtc', gender='male', name=('Max','Qtc')),
 'hm-hb-low': fit('hm-hb-low', hb=(95,'g/L'), name=('Hanna','Low')),
 'hm-bili-uln': fit('hm-bili-uln', bili=(2.6,1.2), name=('Bill','Uln')),
 'hm-inr-high': fit('hm-inr-high', inr=1.7, name=('Ines','Inr')),
 'hm-hiv-positive': fit('hm-hiv-positive', hiv='confirmed', name=('Hal','Positive')),
 'hm-hiv-refuted': fit('hm-hiv-refuted', hiv='refuted', name=('Ria','Refuted')),
 'hm-allergy': fit('hm-allergy', allergy=('6387','lidocaine'), name=('Lida','Caine')),
 'hm-transfusion-recent': fit('hm-transfusion-recent', transfusion='2026-11-15', name=('Tom','Recent')),
 'hm-pain-low': fit('hm-pain-low', nprs=2, name=('Paula','Mild')),
 # seed 000 (NCT07396558): ECOG above 3, and coagulation results in other
 # units than the criteria's (fibrinogen in mg/dL against g/L, platelets in
 # 10*3/uL against 10*9/L) or in seconds
 'hm-ecog4': fit('hm-ecog4', ecog=4, name=('Ed','Four')),
 'hm-fib-low': fit('hm-fib-low', fib=(120,'mg/dL'), name=('Fiona','Brinogen')),
 'hm-plt-low': fit('hm-plt-low', plt=(40,'10*3/uL'), name=('Plato','Low')),
 'hm-aptt-high': fit('hm-aptt-high', aptt=45, name=('Apt','High')),
}
# seed 002 (NCT06884332): pregnancy and breastfeeding, current or past, and
# a male record carrying a pregnancy code (the criterion reads Patient.gender)
SCT='http://snomed.info/sct'
for pid,gender,name,code,disp,onset,clinical in [
  ('hm-pregnant','female',('Penny','Gravid'),'77386006','Pregnancy','2026-09-01','active'),
  ('hm-pregnancy-past','female',('Pat','Past'),'77386006','Pregnancy','2019-02-01','resolved'),
  ('hm-breastfeeding','female',('Bea','Feeding'),'413712001','Breastfeeding','2026-08-20','active'),
  ('hm-male-pregnancy','male',('Mark','Miscoded'),'77386006','Pregnancy','2026-09-01','active')]:
    p=fit(pid, gender=gender, name=name, birth='1991-04-04')
    p.append(cond(pid,'preg',SCT,code,disp,onset=onset,clinical=clinical))
    pats[pid]=p
# the newest ECOG results do not count: preliminary 4, entered-in-error 4
pr=fit('hm-prelim', name=('Pre','Lim'))
pr.append(obs('hm-prelim','ecog-pre','89247-1','ECOG Performance Status score',4,integer=True,date='2026-11-20',status='preliminary'))
pr.append(obs('hm-prelim','ecog-err','89247-1','ECOG Performance Status score',4,integer=True,date='2026-11-21',status='entered-in-error'))
pats['hm-prelim']=pr
pats['hm-sparse']=[{"resourceType":"Patient","id":"hm-sparse","gender":"female","birthDate":"1975-08-30","name":[{"family":"Sparse","given":["Sam"]}]}]
# many Conditions, one of them type 1 diabetes: paging test (server)
pg=fit('hm-paged', name=('Page','Many'), birth='1990-01-01')
for i,(code,disp) in enumerate([('195967001','Asthma'),('40055000','Chronic sinusitis'),('35489007','Depressive disorder'),('414916001','Obesity'),('64859006','Osteoporosis'),('235595009','Gastroesophageal reflux disease'),('69896004','Rheumatoid arthritis'),('84229001','Fatigue'),('46635009','Diabetes mellitus type 1')]):
    pg.append(cond('hm-paged',f'c{i}','http://snomed.info/sct',code,disp,onset=f'20{10+i}-01-01'))
pats['hm-paged']=pg
os.makedirs(OUT,exist_ok=True)
for k,v in pats.items():
    with open(os.path.join(OUT,k+'.json'),'w') as f: json.dump(bundle(v),f,indent=1); f.write('\n')
