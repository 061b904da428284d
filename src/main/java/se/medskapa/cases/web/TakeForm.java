package se.medskapa.cases.web;

/**
 * Taking a case asks for nothing; the form is there so that a refusal has a place in the
 * take form like every other action's.
 */
public class TakeForm implements ActionForm {

}
