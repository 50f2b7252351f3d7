// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/controller/status/naming_controller.go
// Function: NamingConditionController.calculateNamesAndConditions
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/controller/status/naming_controller.go

package status

// sync(key) runs for every new or changed CRD: it calls this, then writes
// status.acceptedNames and both conditions with UpdateStatus.
func (c *NamingConditionController) calculateNamesAndConditions(in *apiextensionsv1.CustomResourceDefinition) (apiextensionsv1.CustomResourceDefinitionNames, apiextensionsv1.CustomResourceDefinitionCondition, apiextensionsv1.CustomResourceDefinitionCondition) {
	// the names every CRD of the same group already holds
	allResources, allKinds := c.getAcceptedNamesForGroup(in.Spec.Group)
	namesAcceptedCondition := apiextensionsv1.CustomResourceDefinitionCondition{
		Type: apiextensionsv1.NamesAccepted, Status: apiextensionsv1.ConditionUnknown,
	}
	requestedNames, acceptedNames := in.Spec.Names, in.Status.AcceptedNames
	newNames := in.Status.AcceptedNames

	if err := equalToAcceptedOrFresh(requestedNames.Plural, acceptedNames.Plural, allResources); err != nil {
		namesAcceptedCondition.Status = apiextensionsv1.ConditionFalse
		namesAcceptedCondition.Reason = "PluralConflict" // `"students" is already in use`
		namesAcceptedCondition.Message = err.Error()
	} else {
		newNames.Plural = requestedNames.Plural
	}
	// ... the same for Singular, ShortNames, Kind and ListKind; Categories are copied
	if namesAcceptedCondition.Status == apiextensionsv1.ConditionUnknown {
		namesAcceptedCondition.Status = apiextensionsv1.ConditionTrue
		namesAcceptedCondition.Reason = "NoConflicts"
		namesAcceptedCondition.Message = "no conflicts found"
	}
	// set EstablishedCondition initially to false, then set it to true in establishing controller
	establishedCondition := apiextensionsv1.CustomResourceDefinitionCondition{
		Type: apiextensionsv1.Established, Status: apiextensionsv1.ConditionFalse,
		Reason: "NotAccepted", Message: "not all names are accepted",
	}
	if old := apiextensionshelpers.FindCRDCondition(in, apiextensionsv1.Established); old != nil {
		establishedCondition = *old
	}
	if establishedCondition.Status != apiextensionsv1.ConditionTrue && namesAcceptedCondition.Status == apiextensionsv1.ConditionTrue {
		establishedCondition.Reason = "Installing"
		establishedCondition.Message = "the initial names have been accepted"
	}
	return newNames, namesAcceptedCondition, establishedCondition
}
