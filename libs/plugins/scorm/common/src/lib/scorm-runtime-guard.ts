/**
 * A guard for scorm-again's runtimes (3.4.3), framework-free so that the portal player can wrap its `API`
 * (SCORM 1.2) and `API_1484_11` (SCORM 2004) objects with it too.
 *
 * Why: scorm-again accepts `SetValue('cmi', 'x')` (and the same on every container element such as
 * `cmi.interactions`, `cmi.comments_from_learner` or, in 1.2, `cmi.core`), answers "true" with error 0, and
 * replaces that part of the data model with the string: later calls fail and `Terminate`/`LMSFinish` throws a
 * TypeError, so the attempt's data is lost. SCORM 2004 (RTE 3.1.7.6) says SetValue/GetValue on something that is
 * not a data model element is error 401 and changes nothing; SCORM 1.2 answers 201 (invalid argument). ADL's
 * conformance suite does exactly this as its first step (DMI Act1V1 step 1).
 */

/** Container elements: they exist in the data model tree but hold no value. */
const CONTAINERS = [
  /^(cmi|adl)$/,
  /^cmi\.(comments_from_learner|comments_from_lms|interactions|objectives)(\.\d+)?$/,
  /^cmi\.(learner_preference|score)$/,
  /^cmi\.objectives\.\d+\.score$/,
  /^cmi\.interactions\.\d+\.(objectives|correct_responses)(\.\d+)?$/,
  /^adl\.(nav|data)(\.\d+)?$/,
  /^adl\.nav\.request_valid$/,
];

/** SCORM 1.2 containers. */
const CONTAINERS_12 = [
  /^cmi$/,
  /^cmi\.(core|student_data|student_preference)$/,
  /^cmi\.core\.score$/,
  /^cmi\.(objectives|interactions)(\.\d+)?$/,
  /^cmi\.objectives\.\d+\.score$/,
  /^cmi\.interactions\.\d+\.(objectives|correct_responses)(\.\d+)?$/,
];

const UNDEFINED_ELEMENT = 401;
const INVALID_ARGUMENT_12 = 201;

export interface GuardableScorm2004Api {
  SetValue(element: string, value: string): string;
  GetValue(element: string): string;
  isInitialized(): boolean;
  throwSCORMError(element: string | undefined, errorNumber: number | undefined, message?: string): void;
}

export function isScormContainerElement(element: string): boolean {
  return CONTAINERS.some((pattern) => pattern.test(element));
}

/** Wraps SetValue and GetValue in place; returns the same object. */
export function guardScorm2004Api<T extends GuardableScorm2004Api>(api: T): T {
  const setValue = api.SetValue.bind(api);
  const getValue = api.GetValue.bind(api);
  api.SetValue = (element: string, value: string) => {
    if (api.isInitialized() && isScormContainerElement(String(element))) {
      api.throwSCORMError(element, UNDEFINED_ELEMENT, `${element} is not a data model element that holds a value`);
      return 'false';
    }
    return setValue(element, value);
  };
  api.GetValue = (element: string) => {
    if (api.isInitialized() && isScormContainerElement(String(element))) {
      api.throwSCORMError(element, UNDEFINED_ELEMENT, `${element} is not a data model element that holds a value`);
      return '';
    }
    return getValue(element);
  };
  return api;
}

export interface GuardableScorm12Api {
  LMSSetValue(element: string, value: string): string;
  LMSGetValue(element: string): string;
  isInitialized(): boolean;
  throwSCORMError(element: string | undefined, errorNumber: number | undefined, message?: string): void;
}

export function isScorm12ContainerElement(element: string): boolean {
  return CONTAINERS_12.some((pattern) => pattern.test(element));
}

/** The same guard for the SCORM 1.2 runtime (`window.API`): error 201 on container elements. */
export function guardScorm12Api<T extends GuardableScorm12Api>(api: T): T {
  const setValue = api.LMSSetValue.bind(api);
  const getValue = api.LMSGetValue.bind(api);
  api.LMSSetValue = (element: string, value: string) => {
    if (api.isInitialized() && isScorm12ContainerElement(String(element))) {
      api.throwSCORMError(element, INVALID_ARGUMENT_12, `${element} is not a data model element that holds a value`);
      return 'false';
    }
    return setValue(element, value);
  };
  api.LMSGetValue = (element: string) => {
    if (api.isInitialized() && isScorm12ContainerElement(String(element))) {
      api.throwSCORMError(element, INVALID_ARGUMENT_12, `${element} is not a data model element that holds a value`);
      return '';
    }
    return getValue(element);
  };
  return api;
}
