// Kubewalk sketch: abridged and rewritten by us, not upstream source; `// ...` marks elisions.
// Upstream: k8s.io/apiextensions-apiserver/pkg/registry/customresource/tableconvertor/tableconvertor.go
// Function: convertor.ConvertToTable
// Tag: v1.34.0
// Link: https://github.com/kubernetes/kubernetes/blob/v1.34.0/staging/src/k8s.io/apiextensions-apiserver/pkg/registry/customresource/tableconvertor/tableconvertor.go

package tableconvertor

// New made c.headers: Name first, then one column per additionalPrinterColumn
// (getColumnsForVersion serves Age alone only when the CRD declares none).
func (c *convertor) ConvertToTable(ctx context.Context, obj runtime.Object, tableOptions runtime.Object) (*metav1.Table, error) {
	table := &metav1.Table{}
	opt, ok := tableOptions.(*metav1.TableOptions)
	noHeaders := ok && opt != nil && opt.NoHeaders
	if !noHeaders {
		table.ColumnDefinitions = c.headers
	}
	if m, err := meta.ListAccessor(obj); err == nil {
		table.ResourceVersion = m.GetResourceVersion() // ... Continue, RemainingItemCount
	}
	buf := &bytes.Buffer{}
	var err error
	table.Rows, err = metatable.MetaToTableRow(obj, func(obj runtime.Object, m metav1.Object, name, age string) ([]interface{}, error) {
		cells := make([]interface{}, 1, 1+len(c.additionalColumns))
		cells[0] = name
		customHeaders := c.headers[1:]
		us := obj.(runtime.Unstructured) // ... error if not
		for i, column := range c.additionalColumns { // a parsed JSONPath: {.spec.school}
			results, err := column.FindResults(us.UnstructuredContent())
			if err != nil || len(results) == 0 || len(results[0]) == 0 {
				cells = append(cells, nil) // a missing field is an empty cell
				continue
			}
			value := results[0][0].Interface()
			if customHeaders[i].Type == "string" {
				column.PrintResults(buf, []reflect.Value{reflect.ValueOf(value)}) // ... nil on error
				cells = append(cells, buf.String())
				buf.Reset()
			} else {
				cells = append(cells, cellForJSONValue(customHeaders[i].Type, value)) // date → "5m"
			}
		}
		return cells, nil
	})
	return table, err
}
